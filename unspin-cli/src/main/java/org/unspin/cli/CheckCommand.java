package org.unspin.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code unspin check}: what a content farm did to a page. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Report what a content farm did to a page.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Override
  public Integer call() {
    return Main.OK;
  }
}
