#!/usr/bin/python3
"""Writes torch_cases.json: PyTorch's own numbers for core's parity tests.

Run with Debian's python3-torch (PyTorch 1.13):  /usr/bin/python3 gen_torch.py > torch_cases.json
The Go tests read the output and never need torch.

Every case is a random float64 network in nnplay's model format, a batch of inputs and
targets, and what torch.autograd computes: per sample (with that sample's own loss) the
pre-activation z, activation a, dL/da and dL/dz of every layer; for the batch-mean loss,
its value and the gradient of every weight and bias. The file also holds PyTorch's repr
of every module and of some float32 parameters (print(layer.weight)).

A new activation in core (its block in core/activation_more.go) needs its cases here
and nothing else: its class in act_module, its parameters in act_json, and its entries
in ACTS (PyTorch's defaults and one other setting of each parameter). Then run this
script; core's TestActivationRegistry fails until the cases are in torch_cases.json.
"""
import json
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(20261127)
DT = torch.float64


def act_module(name, **kw):
    return {
        "identity": nn.Identity,
        "sigmoid": nn.Sigmoid,
        "tanh": nn.Tanh,
        "relu": nn.ReLU,
        "leaky_relu": nn.LeakyReLU,
        "relu6": nn.ReLU6,
        "elu": nn.ELU,
        "gelu": nn.GELU,
        "silu": nn.SiLU,
        "softplus": nn.Softplus,
    }[name](**kw)


def act_json(name, m):
    d = {"type": name}
    if name == "leaky_relu":
        d["negative_slope"] = m.negative_slope
    if name == "elu":
        d["alpha"] = m.alpha
    if name == "softplus":
        d["beta"] = float(m.beta)
        d["threshold"] = float(m.threshold)
    return d


def build(spec):
    """spec: list of ("linear", in, out, bias) or (act_name, kwargs)."""
    mods, js = [], []
    for s in spec:
        if s[0] == "linear":
            _, i, o, b = s
            lin = nn.Linear(i, o, bias=b).to(DT)
            with torch.no_grad():
                lin.weight.copy_(torch.randn(o, i, dtype=DT) * (1.5 / i ** 0.5))
                if b:
                    lin.bias.copy_(torch.randn(o, dtype=DT) * 0.5)
            mods.append(lin)
            js.append({
                "type": "linear", "in_features": i, "out_features": o,
                "weight": lin.weight.tolist(),
                "bias": lin.bias.tolist() if b else None,
            })
        else:
            name, kw = s
            m = act_module(name, **kw)
            mods.append(m)
            js.append(act_json(name, m))
    return mods, {"format": "nnplay/1", "modules": js}


def loss_fn(name, y, t):
    if name == "mse":
        return F.mse_loss(y, t)
    if name == "half_mse":
        return 0.5 * F.mse_loss(y, t)
    return F.binary_cross_entropy_with_logits(y, t)


def run(mods, x, retain):
    """Runs modules; returns the output and per-layer (z, a) tensors (grads retained)."""
    layers = []
    h = x
    for m in mods:
        if isinstance(m, nn.Linear):
            h = m(h)
            if retain:
                h.retain_grad()
            layers.append([h, h])
        else:
            h = m(h)
            if retain:
                h.retain_grad()
            layers[-1][1] = h
    return h, layers


def case(name, spec, loss, batch, xscale=2.0, x=None):
    mods, model = build(spec)
    n_in = spec[0][1]
    if x is None:
        x = torch.randn(batch, n_in, dtype=DT) * xscale
    out_features = [s for s in spec if s[0] == "linear"][-1][2]
    if loss == "bce_with_logits":
        t = torch.rand(batch, out_features, dtype=DT)
    else:
        t = torch.randn(batch, out_features, dtype=DT)
    per = []
    for k in range(x.shape[0]):
        xk = x[k:k + 1].clone()
        y, layers = run(mods, xk, True)
        l = loss_fn(loss, y, t[k:k + 1])
        l.backward()
        per.append({
            "loss": l.item(),
            "z": [z[0].tolist() for z, _ in layers],
            "a": [a[0].tolist() for _, a in layers],
            "dz": [z.grad[0].tolist() for z, _ in layers],
            # a of a layer without activation is z itself: dL/da = dL/dz.
            "da": [a.grad[0].tolist() for _, a in layers],
        })
        for m in mods:
            m.zero_grad()
    y, _ = run(mods, x, False)
    l = loss_fn(loss, y, t)
    l.backward()
    grads = []
    for m in mods:
        if isinstance(m, nn.Linear):
            grads.append({
                "weight": m.weight.grad.tolist(),
                "bias": m.bias.grad.tolist() if m.bias is not None else None,
            })
    return {
        "name": name, "model": model, "loss": loss,
        "inputs": x.tolist(), "targets": t.tolist(),
        "batch_loss": l.item(), "per_sample": per, "grads": grads,
    }


ACTS = [
    ("identity", {}), ("sigmoid", {}), ("tanh", {}), ("relu", {}),
    ("leaky_relu", {}), ("leaky_relu", {"negative_slope": 0.2}), ("relu6", {}),
    ("elu", {}), ("elu", {"alpha": 0.5}), ("gelu", {}), ("silu", {}),
    ("softplus", {}), ("softplus", {"beta": 2.0, "threshold": 3.0}),
]
LOSSES = ["mse", "half_mse", "bce_with_logits"]

cases = []
for i, (act, kw) in enumerate(ACTS):
    for j, loss in enumerate(LOSSES):
        bias2 = (i + j) % 2 == 0
        spec = [("linear", 3, 5, True), (act, kw), ("linear", 5, 4, bias2), (act, kw),
                ("linear", 4, 2, True)]
        # Wide inputs push relu6 past 6 and softplus past its threshold.
        cases.append(case(f"{act}{kw or ''}/{loss}", spec, loss, 4, xscale=4.0))

# Every activation in one deep network, a layer without bias, and two Linear layers
# with nothing between them.
deep = [("linear", 2, 6, True), ("tanh", {}), ("linear", 6, 6, True), ("relu", {}),
        ("linear", 6, 5, False), ("sigmoid", {}), ("linear", 5, 5, True), ("gelu", {}),
        ("linear", 5, 4, True), ("silu", {}), ("linear", 4, 4, True), ("elu", {}),
        ("linear", 4, 3, True), ("softplus", {}), ("linear", 3, 3, True),
        ("leaky_relu", {"negative_slope": 0.1}), ("linear", 3, 3, True), ("relu6", {}),
        ("linear", 3, 3, True), ("linear", 3, 2, True), ("identity", {})]
for loss in LOSSES:
    cases.append(case(f"deep/{loss}", deep, loss, 6))

# Kinks: z exactly 0 and 6 reach ReLU, LeakyReLU and ReLU6 through an identity Linear.
for act, kw in [("relu", {}), ("leaky_relu", {}), ("relu6", {})]:
    spec = [("linear", 1, 1, False), (act, kw), ("linear", 1, 1, True)]
    mods, _ = build(spec)
    c = case(f"kinks/{act}", spec, "mse", 5,
             x=torch.tensor([[0.0], [6.0], [-1.0], [3.0], [7.0]], dtype=DT))
    c["model"]["modules"][0]["weight"] = [[1.0]]
    # Rebuild the numbers with the identity weight.
    mods2 = [nn.Linear(1, 1, bias=False).to(DT), act_module(act, **kw), nn.Linear(1, 1).to(DT)]
    with torch.no_grad():
        mods2[0].weight.fill_(1.0)
        mods2[2].weight.copy_(torch.tensor(c["model"]["modules"][2]["weight"], dtype=DT))
        mods2[2].bias.copy_(torch.tensor(c["model"]["modules"][2]["bias"], dtype=DT))
    x = torch.tensor(c["inputs"], dtype=DT)
    t = torch.tensor(c["targets"], dtype=DT)
    per = []
    for k in range(x.shape[0]):
        y, layers = run(mods2, x[k:k + 1].clone(), True)
        l = F.mse_loss(y, t[k:k + 1])
        l.backward()
        per.append({"loss": l.item(),
                    "z": [z[0].tolist() for z, _ in layers], "a": [a[0].tolist() for _, a in layers],
                    "dz": [z.grad[0].tolist() for z, _ in layers], "da": [a.grad[0].tolist() for _, a in layers]})
        for m in mods2:
            m.zero_grad()
    y, _ = run(mods2, x, False)
    l = F.mse_loss(y, t)
    l.backward()
    c["per_sample"] = per
    c["batch_loss"] = l.item()
    c["grads"] = [{"weight": m.weight.grad.tolist(), "bias": m.bias.grad.tolist() if m.bias is not None else None}
                  for m in mods2 if isinstance(m, nn.Linear)]
    cases.append(c)

# Reprs of modules and of float32 parameters as print() shows them.
reprs = {}
for act, kw in ACTS:
    m = act_module(act, **kw)
    reprs[json.dumps(act_json(act, m), sort_keys=True)] = repr(m)
lin_reprs = [{"in": i, "out": o, "bias": b, "repr": repr(nn.Linear(i, o, bias=b))}
             for i, o, b in [(10, 5, True), (2, 4, False)]]

seq = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 2), nn.LeakyReLU(0.1), nn.Linear(2, 1))
seq_json = []
for m in seq:
    if isinstance(m, nn.Linear):
        seq_json.append({"type": "linear", "in_features": m.in_features, "out_features": m.out_features,
                         "weight": m.weight.double().tolist(), "bias": m.bias.double().tolist()})
    elif isinstance(m, nn.Tanh):
        seq_json.append({"type": "tanh"})
    else:
        seq_json.append({"type": "leaky_relu", "negative_slope": 0.1})


def param_case(w):
    p = nn.Parameter(w.float())
    return {"values": p.detach().double().tolist(), "repr": repr(p)}


params = [
    param_case(torch.randn(5, 10) * 0.3),                   # nn.Linear(10, 5)-sized weight
    param_case(torch.randn(5) * 0.3),                       # its bias
    param_case(torch.tensor([[2.0, -3.0], [0.0, 1.0]])),    # integers
    param_case(torch.tensor([[1e-5, 0.5], [-0.25, 3.0]])),  # scientific
    param_case(torch.zeros(2, 3)),                          # all zeros
    param_case(torch.randn(2, 30)),                         # wraps lines
    param_case(torch.randn(40) * 5),                        # a long vector
    param_case(torch.tensor([6.0])),                        # W = 6
    param_case(torch.tensor([[123456.0, 0.5]])),            # wide range
]

json.dump({
    "torch_version": torch.__version__,
    "cases": cases,
    "activation_reprs": reprs,
    "linear_reprs": lin_reprs,
    "sequential": {"model": {"format": "nnplay/1", "modules": seq_json}, "repr": repr(seq)},
    "parameters": params,
}, sys.stdout, indent=None, separators=(",", ":"))
sys.stdout.write("\n")
