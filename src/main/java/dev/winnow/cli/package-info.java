/**
 * The `winnow` command line: one small picocli class per command that parses, calls a capability's front door and
 * prints text or JSON. Wiring only. Uses every package.
 */
package dev.winnow.cli;
