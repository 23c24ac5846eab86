implement SliceSlice;

include "sys.m";
	sys: Sys;
include "draw.m";

SliceSlice: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

dump(tag: string, a: array of int)
{
	sys->print("%-8s(%d):", tag, len a);
	for(i := 0; i < len a; i++)
		sys->print(" %d", a[i]);
	sys->print("\n");
}

# in-place reversal through a slice
reverse(a: array of int)
{
	for((i, j) := (0, len a - 1); i < j; (i, j) = (i + 1, j - 1))
		(a[i], a[j]) = (a[j], a[i]);
}

# merge sort that works on slices of the argument
msort(a: array of int, tmp: array of int)
{
	if(len a < 2)
		return;
	m := len a / 2;
	msort(a[0:m], tmp[0:m]);
	msort(a[m:], tmp[m:]);
	(i, j, k) := (0, m, 0);
	while(i < m && j < len a) {
		if(a[i] <= a[j])
			tmp[k++] = a[i++];
		else
			tmp[k++] = a[j++];
	}
	while(i < m)
		tmp[k++] = a[i++];
	while(j < len a)
		tmp[k++] = a[j++];
	a[0:] = tmp[0:len a];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	a := array[12] of int;
	for(i := 0; i < len a; i++)
		a[i] = i * 10;
	dump("a", a);

	b := a[2:10];
	c := b[3:6];
	d := c[1:];
	dump("b=a[2:10]", b);
	dump("c=b[3:6]", c);
	dump("d=c[1:]", d);

	# writes through the innermost slice show in all
	d[0] = -1;
	c[0] = -2;
	b[len b - 1] = -3;
	dump("a", a);
	dump("d", d);

	# empty slices at the edges
	e := c[len c:];
	f := a[0:0];
	dump("e", e);
	dump("f", f);
	e2 := e[0:0];
	dump("e2", e2);

	# slice assignment copies; overlapping copy inside the same array
	a[1:] = a[0:len a - 1];
	dump("shifted", a);
	a[0:] = array[] of {7, 7, 7};
	dump("head=7", a);

	# reverse a middle slice in place
	reverse(a[3:9]);
	dump("rev3:9", a);

	# sort only part of the array via slices of slices
	part := a[4:];
	msort(part[1:], array[len part] of int);
	dump("sorted", a);

	# out-of-range slices are errors
	bad := array[] of {"c[2:1]", "c[0:4]", "c[-1:2]", "e[0:1]"};
	for(k := 0; k < len bad; k++) {
		{
			case k {
			0 =>	x := 2; y := 1; dump("?", c[x:y]);
			1 =>	y := 4; dump("?", c[0:y]);
			2 =>	x := -1; dump("?", c[x:2]);
			3 =>	y := 1; dump("?", e[0:y]);
			}
		} exception ex {
		"*" =>
			sys->print("%s -> %s\n", bad[k], ex);
		}
	}

	# arrays of slices: rows of one backing store
	store := array[9] of {* => 0};
	rows := array[3] of array of int;
	for(r := 0; r < 3; r++)
		rows[r] = store[r*3:(r+1)*3];
	for(r = 0; r < 3; r++)
		for(k = 0; k < 3; k++)
			rows[r][k] = r * 3 + k + 1;
	rows[1][1:][0] += 100;
	dump("store", store);
	sys->print("rows[2][1:][1:][0] = %d\n", rows[2][1:][1:][0]);
}
