package org.unspin.farm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects farm artifacts while one page is processed; {@link #toArtifacts()} freezes them. Not
 * thread-safe: one instance per page.
 */
public final class FarmFindings {
  /** Caps so that a hostile page cannot grow a report without bound. */
  static final int MAX_ITEMS = 50;

  private static final int MAX_TEXT = 300;

  private final List<FarmArtifacts.AdSlot> adSlots = new ArrayList<>();
  private FarmArtifacts.SourceLink sourceLink;
  private boolean commentForm;
  private final Set<FarmArtifacts.Widget> widgets = new LinkedHashSet<>();
  private final Set<FarmArtifacts.WireCredit> wireCredits = new LinkedHashSet<>();

  /** Records an ad shortcode such as {@code [ad_1]}. */
  public void adSlot(String marker) {
    if (adSlots.size() < MAX_ITEMS) {
      adSlots.add(new FarmArtifacts.AdSlot(marker));
    }
  }

  /**
   * Records the "Source link" footer; a later one (nearer the page end) replaces an earlier one.
   */
  public void sourceLink(String text, String href) {
    sourceLink = new FarmArtifacts.SourceLink(clip(text), href == null ? "" : href.strip());
  }

  /** Whether a source link was already found. */
  public boolean hasSourceLink() {
    return sourceLink != null;
  }

  /** Records that the page carries a comment form. */
  public void commentForm() {
    commentForm = true;
  }

  /** Records a widget of the given kind (ticker, related, share, newsletter, tags, other). */
  public void widget(String kind, String text) {
    if (widgets.size() < MAX_ITEMS) {
      widgets.add(new FarmArtifacts.Widget(kind, clip(text)));
    }
  }

  /** Records a wire-service credit or dateline. */
  public void wireCredit(String agency, String text) {
    if (wireCredits.size() < MAX_ITEMS) {
      wireCredits.add(new FarmArtifacts.WireCredit(agency, clip(text)));
    }
  }

  /** The agency of the first wire credit that names one, or null. */
  String knownAgency() {
    for (FarmArtifacts.WireCredit c : wireCredits) {
      if (!c.agency().equals(WireCredits.UNKNOWN)) {
        return c.agency();
      }
    }
    return null;
  }

  /** The artifacts found so far. */
  public FarmArtifacts toArtifacts() {
    return new FarmArtifacts(
        adSlots, sourceLink, commentForm, List.copyOf(widgets), List.copyOf(wireCredits));
  }

  private static String clip(String s) {
    String t = s == null ? "" : s.strip();
    return t.length() <= MAX_TEXT ? t : t.substring(0, MAX_TEXT - 1) + "…";
  }
}
