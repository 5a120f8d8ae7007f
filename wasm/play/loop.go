package play

import (
	"math"
	"sync"
	"time"

	"nnplay/wasm/play/remote"
)

// Loop does Play's training for the page's frames: the page's share of each frame at
// the slower speeds, the training worker's messages at SpeedMax, and without a worker
// the page's own training between frames.
//
// In a software-rendered browser a frame waits tens of milliseconds for the GPU process
// while the page's thread sits idle: without a worker, Run trains in slices of
// LoopSlice in that time, computes the heatmaps ten times a second, and sleeps after
// each slice so that the browser renders and the next frame comes on time.
type Loop struct {
	// Lock guards the session, which the loop changes only while it holds it.
	Lock sync.Locker
	M    *Session
	Tel  *Telemetry
	// Post sends a message to the training worker.
	Post func([]byte)
	// Survive is deferred around every slice: it recovers from a panic and says so, so
	// that a failure stops Play with a message, as in a frame, not the page.
	Survive func(where string)
	wake    chan struct{}
}

// LoopSlice is how long the page's training works before it lets the browser render.
const LoopSlice = 6 * time.Millisecond

// Frame does a frame's training, now being the frame's clock: it tells the worker what
// changed, wakes the page's loop at SpeedMax without a worker, and trains the speed's
// share otherwise, asking the worker for the heatmaps of what it trained when due. It
// returns the samples trained in the frame. The caller holds Lock.
func (l *Loop) Frame(now time.Time) int {
	m := l.M
	painted := m.PaintSpent()
	defer func() { l.Tel.Painted(m.PaintSpent() - painted) }()
	if b := m.ToWorker(now); b != nil {
		l.Post(b)
	}
	n := 0
	switch {
	case m.TrainsIn() == TrainsWorker: // its frames come as the page's messages
	case m.TrainsBetweenFrames():
		select {
		case l.waker() <- struct{}{}:
		default:
		}
	default:
		n = m.Tick(now, 0)
	}
	// A sweep asked for, in this frame or since the last (a worker's frame heard), goes
	// out now: one left waiting would hold back the next.
	if b := m.Asked(); b != nil {
		l.Post(b)
	}
	return n
}

// Hear takes what the training worker said: "ready" once it has started, "failed" when
// it could not start or has stopped, and otherwise a frame. A frame that cannot be read
// is a bug: the page stops using the worker and says why in the error.
func (l *Loop) Hear(word string, frame []byte) error {
	switch {
	case word == "ready" || word == "failed":
		l.M.WorkerReady(word == "ready")
	default:
		n, err := l.M.FromWorker(frame)
		if err != nil {
			// Whatever job it trains, it trains for nothing now.
			l.Post(remote.EncodeStop(math.MaxUint32))
			l.M.WorkerReady(false)
			return err
		}
		l.Tel.Meter.Trained(n, len(l.M.Train))
	}
	return nil
}

func (l *Loop) waker() chan struct{} {
	if l.wake == nil {
		l.wake = make(chan struct{}, 1)
	}
	return l.wake
}

// Run trains between frames while the page trains at SpeedMax, and waits for Frame to
// wake it otherwise. It never returns. Start it before the first Frame.
func (l *Loop) Run() {
	wake := l.waker()
	for {
		if l.slice() {
			time.Sleep(time.Millisecond) // return to the browser: it renders, then calls us back
		} else {
			<-wake
		}
	}
}

// slice trains for a slice when the page trains at SpeedMax, and reports whether it did.
func (l *Loop) slice() (active bool) {
	l.Lock.Lock()
	defer l.Lock.Unlock()
	defer l.Survive("training")
	m := l.M
	if active = m.TrainsBetweenFrames(); active {
		t := time.Now()
		l.Tel.Meter.Trained(m.TrainFor(LoopSlice), len(m.Train))
		m.RefreshIfDue(time.Now())
		l.Tel.LoopMS += MSSince(t)
	}
	return active
}
