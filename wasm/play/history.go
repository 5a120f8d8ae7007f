package play

import "nnplay/wasm/play/remote"

// The loss curve is kept by package remote, whose training worker records it as the
// page does: one type on both sides of the hand-off.
type (
	// History is the loss curve (remote.History).
	History = remote.History
	// LossPoint is the train and test loss at an epoch (remote.LossPoint).
	LossPoint = remote.LossPoint
)

// HistoryCap is how many points a History keeps.
const HistoryCap = remote.HistoryCap
