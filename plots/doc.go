// Package plots draws the figures of the lesson with gonum/plot from core's real
// functions and real training runs: an activation with its derivative and its saturated
// and dead regions, a gallery of every activation, the vanishing gradient of a deep
// sigmoid stack, dead ReLU units against the learning rate, and a race of activations.
//
// Every figure is a Figure that Write renders to PNG or SVG at a given pixel size;
// the same inputs give the same bytes. Colours come from the Okabe-Ito palette and every
// series also differs by dash or glyph, so figures read for colour-blind readers and in
// print. Only cmd/plotgen creates files.
package plots
