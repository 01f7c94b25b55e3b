/** Staff are reached as any person with a user record: the notifications module's `deliverToPerson`. */
export {
  deliverToPerson as deliverToStaff,
  type PersonDelivery as StaffDelivery,
  type PersonOutcome as StaffOutcome,
} from '../notifications';
