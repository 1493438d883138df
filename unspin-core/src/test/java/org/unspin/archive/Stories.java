package org.unspin.archive;

import java.util.List;

/** Short news stories written for these tests, and a spun copy of one. */
final class Stories {
  private Stories() {}

  static final String BRIDGE =
      "The city council said on Monday it would spend 42 million dollars on a new bridge across"
          + " the Alder river, replacing a crossing that engineers closed last year after finding"
          + " cracks in its steel supports.\n\n"
          + "Mayor Helen Oduya told reporters the work would begin in the spring and should be"
          + " finished within three years. Traffic will use a temporary ferry service in the"
          + " meantime, she said.\n\n"
          + "Local shop owners have complained that the closure cut the number of customers"
          + " coming from the northern districts by almost a third. The council plans to offer"
          + " them reduced business rates until the bridge opens.\n\n"
          + "Opposition members questioned the cost, saying a repair of the old crossing would"
          + " have been cheaper, but the vote passed by 31 to 12.";

  /** {@link #BRIDGE}, spun: words and phrases swapped for look-alikes. */
  static final String BRIDGE_SPUN =
      "The metropolis council stated on Monday it would spend 42 million dollars on a brand new"
          + " bridge throughout the Alder river, changing a crossing that engineers shut final yr"
          + " after discovering cracks in its metal helps.\n\n"
          + "Mayor Helen Oduya instructed reporters the work would start in the spring and"
          + " ought to be completed inside three years. Traffic will use a short-term ferry"
          + " service in the meantime, she stated.\n\n"
          + "Native store house owners have complained that the closure lower the variety of"
          + " prospects coming from the northern districts by nearly a third. The council plans to"
          + " provide them diminished enterprise charges till the bridge opens.\n\n"
          + "Opposition members questioned the price, saying a restore of the previous crossing"
          + " would have been cheaper, however the vote handed by 31 to 12.";

  static final String HARVEST =
      "Wheat farmers in the eastern plains expect a smaller harvest this year after a dry"
          + " winter left the soil short of moisture, the farmers' union said on Tuesday.\n\n"
          + "The union estimated output at 7.2 million tonnes, down from 8.9 million tonnes a year"
          + " earlier, and asked the agriculture ministry to delay a planned cut in fuel"
          + " subsidies.\n\n"
          + "Grain traders said prices had already risen by about 15 percent since January as"
          + " buyers secured supplies ahead of the summer.";

  static final String ORCHESTRA =
      "The national orchestra will tour nine cities next autumn, its director Paulo Serrat"
          + " announced, the first tour since the concert hall reopened after renovation.\n\n"
          + "Tickets go on sale in June. The programme includes two new works by young composers"
          + " chosen in a competition that drew more than 400 entries from 38 countries.";

  static final String RAILWAY =
      "A regional railway operator will buy 24 electric trains from a domestic maker in a deal"
          + " worth 310 million euros, the company said in a statement on Thursday.\n\n"
          + "The first trains are due to enter service in 2028 on the coastal line, where the"
          + " operator has struggled with delays caused by its ageing diesel fleet. Passenger"
          + " groups welcomed the order but said the timetable was too slow.";

  static final String UNRELATED =
      "Researchers at a marine institute have tagged 60 sea turtles off the southern coast to"
          + " track how warming water changes their migration routes. The satellite tags send a"
          + " position every few hours, and the first results should be published next spring,"
          + " the team leader said. Fishermen have been asked to report any tagged animals caught"
          + " in their nets.";

  static List<ArchiveDocument> documents() {
    return List.of(
        new ArchiveDocument(
            "bridge", "https://news.example/bridge", "Council backs bridge", BRIDGE, null),
        new ArchiveDocument("harvest", null, "Smaller harvest expected", HARVEST, null),
        new ArchiveDocument("orchestra", null, null, ORCHESTRA, null),
        new ArchiveDocument("railway", null, null, RAILWAY, "2026-03-05"));
  }
}
