package io.jenkins.plugins.wsus.core.model;

import java.util.UUID;

/**
 * A product or classification a server synchronizes ({@code GetSubscriptionCategories}).
 *
 * @param id the category id
 * @param title the category title, may be null when the server sends none
 */
public record SubscriptionCategory(UUID id, String title) {}
