"""Print nn.Linear(10, 5) layers as PyTorch 1.13 prints them, for lesson 1's Inspect.

Reads a JSON list of layers on stdin, each {"weight": 5 lists of 10 numbers, "bias": 5
numbers or null for bias=False}, and writes a JSON list of the Python session each gives:
print(layer), print(layer.weight), print(layer.weight.shape), print(layer.bias), each
after its ">>> " prompt, as the page's Inspect shows them.

Run with Debian's python3-torch (the python3 first on PATH may lack torch):

    go test ./wasm/play -run TestInspectMatchesPyTorch -torch

writes the cases and PyTorch's answers into testdata/torch_linear.json.
"""
import json
import sys

import torch

cases = json.load(sys.stdin)
out = []
for case in cases:
    bias = case["bias"] is not None
    layer = torch.nn.Linear(10, 5, bias=bias)
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(case["weight"], dtype=torch.float64))
        if bias:
            layer.bias.copy_(torch.tensor(case["bias"], dtype=torch.float64))
    lines = [
        ">>> print(layer)", str(layer),
        ">>> print(layer.weight)", str(layer.weight),
        ">>> print(layer.weight.shape)", str(layer.weight.shape),
        ">>> print(layer.bias)", str(layer.bias),
    ]
    out.append("\n".join(lines))
json.dump(out, sys.stdout)
