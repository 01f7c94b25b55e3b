// The Chinese dates of printed papers live in lib/pdf (the certificates of 电子送达 print them too).
export { cnDate, cnDateTime, cnDay } from '../../lib/pdf/cn-date';
