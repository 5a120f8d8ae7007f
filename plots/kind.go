package plots

import (
	"sort"

	"nnplay/core"
)

// Kind is one kind of figure that cmd/plotgen writes: its name, its default size, which
// options it reads and how it is built. Each figure's file registers its kind from an
// init function, so a new figure is one new file in plots; plotgen's flags and help
// follow from Kinds.
type Kind struct {
	// Name names the kind for -figure, and the file it is written to.
	Name string
	// About says in a few words what the figure shows, for plotgen -h.
	About string
	// Width and Height are the default size in pixels.
	Width, Height int
	// PerActivation makes one figure per activation of the Options, each named
	// Name-<activation's Name>, which reads the Options' range and marks.
	PerActivation bool
	// Build draws the figure.
	Build func(o Options) (Figure, error)
}

// Options are the settings a figure may read: plotgen sets them from its flags.
type Options struct {
	// Act is the activation of a PerActivation kind's figure.
	Act core.Activation
	// Activation holds the z range and marks of a PerActivation kind's figure.
	Activation ActivationOptions
	// Lang is the language of the figure's words: "en" (or "") or "ko", which needs
	// UseKoreanFont first.
	Lang string
}

var kinds []Kind

// register adds a kind of figure.
func register(k Kind) { kinds = append(kinds, k) }

// Kinds lists every kind of figure, by name.
func Kinds() []Kind {
	ks := append([]Kind(nil), kinds...)
	sort.Slice(ks, func(i, j int) bool { return ks[i].Name < ks[j].Name })
	return ks
}
