export { seedDemoCatalog, describeSeed, type SeedCounts } from './seed';
export { itemQrToken, windowQrToken, seedChains, seedItems } from './data';
