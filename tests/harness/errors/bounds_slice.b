implement BoundsSlice;

include "sys.m";
	sys: Sys;
include "draw.m";

BoundsSlice: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

sl(a: array of int, i, j: int): string
{
	{
		b := a[i:j];
		if(b == nil)
			return sys->sprint("a[%d:%d] nil", i, j);
		if(len b == 0)
			return sys->sprint("a[%d:%d] empty", i, j);
		return sys->sprint("a[%d:%d] len %d first %d", i, j, len b, b[0]);
	} exception e {
	"*" =>
		return sys->sprint("a[%d:%d]: %s", i, j, e);
	}
}

sl1(a: array of int, i: int): string
{
	{
		b := a[i:];
		return sys->sprint("a[%d:] len %d", i, len b);
	} exception e {
	"*" =>
		return sys->sprint("a[%d:]: %s", i, e);
	}
}

ss(s: string, i, j: int): string
{
	{
		t := s[i:j];
		return sys->sprint("s[%d:%d]=%q", i, j, t);
	} exception e {
	"*" =>
		return sys->sprint("s[%d:%d]: %s", i, j, e);
	}
}

put(a: array of int, i: int, b: array of int): string
{
	{
		a[i:] = b;
		return sys->sprint("a[%d:] = b(len %d) ok", i, len b);
	} exception e {
	"*" =>
		return sys->sprint("a[%d:] = b(len %d): %s", i, len b, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {1, 2, 3, 4, 5};
	sys->print("%s\n", sl(a, 0, 5));
	sys->print("%s\n", sl(a, 5, 5));
	sys->print("%s\n", sl(a, 2, 2));
	sys->print("%s\n", sl(a, 3, 2));
	sys->print("%s\n", sl(a, -1, 2));
	sys->print("%s\n", sl(a, 0, 6));
	sys->print("%s\n", sl(a, 6, 6));
	sys->print("%s\n", sl(a, -1, -1));
	sys->print("%s\n", sl(nil, 0, 0));
	sys->print("%s\n", sl(nil, 0, 1));
	sys->print("%s\n", sl(nil, 1, 1));
	sys->print("%s\n", sl1(a, 5));
	sys->print("%s\n", sl1(a, 6));
	sys->print("%s\n", sl1(a, -1));
	sys->print("%s\n", sl1(nil, 0));
	sys->print("%s\n", sl1(nil, 1));
	s := "héllo";
	sys->print("%s\n", ss(s, 0, 5));
	sys->print("%s\n", ss(s, 1, 2));
	sys->print("%s\n", ss(s, 5, 5));
	sys->print("%s\n", ss(s, 4, 6));
	sys->print("%s\n", ss(s, 3, 1));
	sys->print("%s\n", ss(s, -1, 1));
	sys->print("%s\n", ss(nil, 0, 0));
	sys->print("%s\n", ss(nil, 0, 1));
	sys->print("%s\n", ss("", 0, 0));
	b := array[] of {7, 8};
	sys->print("%s\n", put(a, 3, b));
	sys->print("%s\n", put(a, 4, b));
	sys->print("%s\n", put(a, 5, nil));
	sys->print("%s\n", put(a, 6, nil));
	sys->print("%s\n", put(a, -1, b));
	sys->print("%s\n", put(nil, 0, nil));
	sys->print("%s\n", put(nil, 0, b));
	for(i := 0; i < len a; i++)
		sys->print("%d ", a[i]);
	sys->print("\n");
	# slice of a slice keeps the bounds of the slice
	c := a[1:4];
	sys->print("%s\n", sl(c, 1, 3));
	sys->print("%s\n", sl(c, 1, 4));
	# string slices of slices and byte arrays
	bs := array of byte "abcdef";
	{
		t := bs[2:4];
		sys->print("bs[2:4] %s\n", string t);
		t = t[1:3];
		sys->print("t[1:3] %s\n", string t);
	} exception e {
	"*" =>
		sys->print("bs: %s\n", e);
	}
	sys->print("done\n");
}
