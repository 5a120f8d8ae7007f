module nnplay

go 1.26
