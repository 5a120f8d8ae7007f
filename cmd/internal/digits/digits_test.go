package digits

import "testing"

func TestGrouped(t *testing.T) {
	for n, want := range map[int64]string{0: "0", 999: "999", 1000: "1,000",
		12438854: "12,438,854", -1234: "-1,234", -999: "-999"} {
		if got := Grouped(n); got != want {
			t.Errorf("Grouped(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Grouped(2884028); got != "2,884,028" { // an int, as cmd/wasmsize counts
		t.Errorf("Grouped(int 2884028) = %q", got)
	}
}
