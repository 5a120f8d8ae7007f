package core_test

import (
	"fmt"

	"nnplay/core"
)

// The tutorial's first layer: nn.Linear(10, 5, bias=True), then its weight and bias.
func ExampleLinear() {
	layer := core.NewLinear(10, 5, true, core.NewRNG(1))
	fmt.Println(layer)
	fmt.Println(len(layer.Weight), "x", len(layer.Weight[0]), "weight,", len(layer.Bias), "biases")

	// Y = Wx + b without bias is Y = Wx.
	noBias := core.NewLinear(1, 1, false, core.NewRNG(1))
	noBias.Weight[0][0] = 6
	fmt.Println(noBias, noBias.Forward([]float64{2}, make([]float64, 1)))
	// Output:
	// Linear(in_features=10, out_features=5, bias=True)
	// 5 x 10 weight, 5 biases
	// Linear(in_features=1, out_features=1, bias=False) [12]
}

// Training TensorFlow Playground's default network on its circle data set.
func ExampleSequential_training() {
	rng := core.NewRNG(1)
	points, _ := core.Generate(core.Circle, 500, 0, rng)
	train, test := core.Split(points, 50, rng)
	fs := []core.Feature{core.X1, core.X2}
	loss := core.HalfMSELoss{}

	net := core.MLP([]int{2, 4, 2, 1}, core.Tanh{}, core.Tanh{}, core.InitPlayground, 1)
	tr := &core.Trainer{
		Net: net, Loss: loss, Opt: core.NewSGD(net.Parameters(), 0.03), BatchSize: 10,
		X: core.Inputs(train, fs), T: core.Targets(train, loss),
	}
	xTest, tTest := core.Inputs(test, fs), core.Targets(test, loss)
	fmt.Println(net)
	scan := core.NewTrace(net) // the passes over the test points
	fmt.Printf("test loss before: %.2f\n", net.MeanLoss(scan, xTest, tTest, loss))
	for tr.Epoch < 300 {
		if err := tr.RunEpoch(); err != nil {
			fmt.Println(err)
			return
		}
	}
	fmt.Printf("test loss after %d epochs: below 0.05: %v\n",
		tr.Epoch, net.MeanLoss(scan, xTest, tTest, loss) < 0.05)
	// Output:
	// Sequential(
	//   (0): Linear(in_features=2, out_features=4, bias=True)
	//   (1): Tanh()
	//   (2): Linear(in_features=4, out_features=2, bias=True)
	//   (3): Tanh()
	//   (4): Linear(in_features=2, out_features=1, bias=True)
	//   (5): Tanh()
	// )
	// test loss before: 0.52
	// test loss after 300 epochs: below 0.05: true
}
