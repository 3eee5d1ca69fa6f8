package org.kohsuke.stapler;

/** Declaration of Stapler's {@code HttpResponse} (its default methods are not needed here). */
public interface HttpResponse {}
