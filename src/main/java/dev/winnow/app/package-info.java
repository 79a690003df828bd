/**
 * The composition root: {@link dev.winnow.app.Winnow} opens a home and hands out each capability's front door
 * over its store. Wiring only, no logic of its own. Uses every capability package.
 */
package dev.winnow.app;
