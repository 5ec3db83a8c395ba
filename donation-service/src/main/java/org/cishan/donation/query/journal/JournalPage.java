package org.cishan.donation.query.journal;

import java.util.List;

/** A page of a day's journal, in recording (or value) order. */
public record JournalPage(List<JournalEntryView> items, long totalItems) {}
