/**
 * The patch calendar: Patch Tuesday and its release instant ({@link
 * io.jenkins.plugins.wsus.core.calendar.PatchTuesday}), patch windows relative to it ({@link
 * io.jenkins.plugins.wsus.core.calendar.PatchWindowSpec}), deployment rings with soak times ({@link
 * io.jenkins.plugins.wsus.core.calendar.RingPlan}) and the facade a trigger or gate asks ({@link
 * io.jenkins.plugins.wsus.core.calendar.PatchCalendar}).
 *
 * <p>Offsets are whole calendar days and never clamped to the month's end (unlike Configuration
 * Manager). Times are wall-clock times of the spec's zone: in a daylight-saving gap a time moves
 * forward by the gap, in an overlap the earlier offset wins. Blackout dates skip a window; they
 * never move it. Only {@code java.time} is used.
 */
package io.jenkins.plugins.wsus.core.calendar;
