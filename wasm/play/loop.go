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
	// Spare holds the worker's frames once taken (take), for the page to read the next
	// frames into.
	Spare Spare
	wake  chan struct{}
	heard [][]byte // the worker's frames heard since the last Frame
}

// LoopSlice is how long the page's training works before it lets the browser render.
const LoopSlice = 6 * time.Millisecond

// Frame does a frame's training, now being the frame's clock: it takes the worker's
// frames heard since the last (Hear), tells the worker what changed, wakes the page's
// loop at SpeedMax without a worker, and trains the speed's share otherwise, asking the
// worker for the heatmaps of what it trained when due. It meters the samples trained in
// the frame, by the page or the worker, and returns the error of a worker's frame that
// could not be read: a bug, after which the page trains without the worker. The caller
// holds Lock, and has applied the learner's commands of the frame.
func (l *Loop) Frame(now time.Time) error {
	m := l.M
	painted := m.PaintSpent()
	defer func() { l.Tel.Painted(m.PaintSpent() - painted) }()
	n, err := l.take()
	if b := m.ToWorker(now); b != nil {
		l.Post(b)
	}
	switch {
	case m.TrainsIn() == TrainsWorker: // its frames come as the page's messages
	case m.TrainsBetweenFrames():
		select {
		case l.waker() <- struct{}{}:
		default:
		}
	default:
		n += m.Tick(now, 0)
	}
	// A sweep asked for, in this frame or since the last (a worker's frame heard), goes
	// out now: one left waiting would hold back the next.
	if b := m.Asked(); b != nil {
		l.Post(b)
	}
	l.Tel.Meter.Trained(n, len(m.Train))
	return err
}

// Hear takes what the training worker said: "ready" once it has started, "failed" when
// it could not start or has stopped, and otherwise a frame, which the loop keeps for
// the next Frame and then gives to Spare. The page shows what it adopted last, and
// the learner's commands act on it: a frame heard since, trained past what the page
// shows, is taken after them, so that a pause or a change made while it was on its way
// drops it (FromWorker), as one heard after the click would be.
func (l *Loop) Hear(word string, frame []byte) {
	switch {
	case word == "ready" || word == "failed":
		l.M.WorkerReady(word == "ready")
	default:
		l.heard = append(l.heard, frame)
	}
}

// take takes the frames heard since the last Frame and returns the samples they
// trained.
func (l *Loop) take() (n int, err error) {
	for i, b := range l.heard {
		if err == nil {
			var k int
			if k, err = l.M.FromWorker(b); err != nil {
				// Whatever job it trains, it trains for nothing now.
				l.Post(remote.EncodeStop(math.MaxUint32))
				l.M.WorkerReady(false)
			}
			n += k
		}
		l.Spare.Give(b) // the session keeps nothing of it
		l.heard[i] = nil
	}
	l.heard = l.heard[:0]
	return n, err
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
