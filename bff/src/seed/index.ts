export { seedDemoCatalog, describeSeed, type SeedCounts } from './seed';
export { hallQrToken, itemQrToken, windowQrToken, seedChains, seedItems } from './data';
export { describeHallSeed, seedDemoHall, type HallSeedCounts } from './hall';
export { DEMO_CENTRE, seedDemoCentre } from './centre';
