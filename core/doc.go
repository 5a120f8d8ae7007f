// Package core is a small neural-network engine that follows PyTorch's names, layouts
// and numerics in float64: Linear layers (Y = Wx + b, Weight is [out][in]), element-wise
// activations, Sequential, losses, SGD, TensorFlow Playground's datasets and a model file.
//
// Every forward and backward step records a Trace (inputs, pre-activations, activations
// and gradients per layer) that user interfaces read without reaching into the engine.
// The training step, the diagnostics and the heatmap sweep reuse buffers and allocate
// nothing in steady state.
//
// core imports only the standard library.
package core
