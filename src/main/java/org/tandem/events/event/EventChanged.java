package org.tandem.events.event;

/**
 * Fired in the transaction that changed an event, with its row locked: RSVPs re-check the
 * waitlist against the (possibly new) capacity, and may refuse a capacity below confirmed heads.
 */
public record EventChanged(Event event) {
}
