import {
  type AppointmentBody,
  type AppointmentList,
  type AppointmentView,
  type TicketList,
  type TicketView,
} from '@onetrip/shared';
import { request } from './request';

/**
 * The resident's appointments and tickets (API hall routes; each sees only their own, 404 for others').
 * Only the `hall` subpackage imports this file. Silent: the pages show why a write was refused (a 409's
 * message is already plain Chinese: 该时段已约满… / 您当天已预约该窗口…).
 */
const appointment = (id: string, rest = '') => `/appointments/${encodeURIComponent(id)}${rest}`;
const ticket = (id: string) => `/tickets/${encodeURIComponent(id)}`;

/** POST /appointments — one seat of a slot; 409 when the slot is full or the day with the group is booked already. */
export function bookAppointment(body: AppointmentBody): Promise<AppointmentView> {
  return request<AppointmentView>('/appointments', { method: 'POST', body, silent: true });
}

/** GET /appointments — the resident's own, latest day first. */
export function listAppointments(): Promise<AppointmentList> {
  return request<AppointmentList>('/appointments', { silent: true });
}

/** DELETE /appointments/:id — frees the seat; 409 once checked in or over. */
export function cancelAppointment(id: string): Promise<AppointmentView> {
  return request<AppointmentView>(appointment(id), { method: 'DELETE', silent: true });
}

/** POST /appointments/:id/check-in — in the hall on the day: a ticket that goes first within its slot. */
export function checkIn(id: string): Promise<TicketView> {
  return request<TicketView>(appointment(id, '/check-in'), { method: 'POST', body: {}, silent: true });
}

/** POST /tickets — a ticket of the group today (the hall's or a window's code was scanned). */
export function takeTicket(group: string): Promise<TicketView> {
  return request<TicketView>('/tickets', { method: 'POST', body: { group }, silent: true });
}

/** GET /tickets — the resident's tickets of today, latest first. */
export function listTickets(): Promise<TicketList> {
  return request<TicketList>('/tickets', { silent: true });
}

/** GET /tickets/:id — the holder's ticket with how many wait before it. */
export function getTicket(id: string): Promise<TicketView> {
  return request<TicketView>(ticket(id), { silent: true });
}

/** DELETE /tickets/:id — 放弃排队 while waiting; 409 once called. */
export function giveUpTicket(id: string): Promise<TicketView> {
  return request<TicketView>(ticket(id), { method: 'DELETE', silent: true });
}
