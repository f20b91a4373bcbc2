package org.bss.catalog;

/** A text of a technical service in one language ({@code locale} may be null: the file's default language). */
public record LocalizedText(String locale, String text) {}
