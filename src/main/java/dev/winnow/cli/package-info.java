/**
 * The `winnow` command line: one small picocli class per command that parses, asks {@link dev.winnow.app.Winnow}
 * for a capability's front door, calls it and prints text or JSON. Wiring only; never touches the store. Uses app
 * and the capabilities' front doors and reports.
 */
package dev.winnow.cli;
