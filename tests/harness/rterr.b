implement P07;

include "sys.m";
	sys: Sys;
include "draw.m";

P07: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Node: adt {
	v: int;
	next: cyclic ref Node;
};

try(name: string, f: ref fn(): int)
{
	{
		r := f();
		sys->print("%s: ok %d\n", name, r);
	} exception e {
	"*" =>
		sys->print("%s: %s\n", name, e);
	}
}

nilref(): int
{
	n: ref Node;
	return n.v;
}

nilnext(): int
{
	n := ref Node(1, nil);
	return n.next.v;
}

hdnil(): int
{
	l: list of int;
	return hd l;
}

tlnil(): int
{
	l: list of string;
	l = tl l;
	return len l;
}

negidx(): int
{
	a := array[3] of int;
	i := -1;
	return a[i];
}

bigidx(): int
{
	a := array[3] of int;
	i := 3;
	return a[i];
}

slicebad(): int
{
	a := array[3] of int;
	j := 4;
	b := a[1:j];
	return len b;
}

slicerev(): int
{
	a := array[5] of int;
	i := 3;
	j := 2;
	return len a[i:j];
}

strbeyond(): int
{
	s := "abc";
	i := 3;
	return s[i];
}

strnil(): int
{
	s: string;
	i := 0;
	return s[i];
}

strslice(): int
{
	s := "hello";
	j := 9;
	return len s[2:j];
}

nilarrslice(): int
{
	a: array of int;
	i := 1;
	b := a[0:i];
	return len b;
}

nilarrslice0(): int
{
	a: array of int;
	b := a[0:0];
	if(b == nil)
		return -7;
	return len b;
}

nilarridx(): int
{
	a: array of byte;
	return int a[0];
}

strstore(): int
{
	s := "ab";
	s[2] = 'c';
	s[4] = 'x';
	return len s;
}

negsize(): int
{
	n := -2;
	a := array[n] of int;
	return len a;
}

nilchan(): int
{
	c: chan of int;
	return <-c;
}

raisenil(): int
{
	s: string;
	raise s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	try("nilref", nilref);
	try("nilnext", nilnext);
	try("hdnil", hdnil);
	try("tlnil", tlnil);
	try("negidx", negidx);
	try("bigidx", bigidx);
	try("slicebad", slicebad);
	try("slicerev", slicerev);
	try("strbeyond", strbeyond);
	try("strnil", strnil);
	try("strslice", strslice);
	try("nilarrslice", nilarrslice);
	try("nilarrslice0", nilarrslice0);
	try("nilarridx", nilarridx);
	try("strstore", strstore);
	try("negsize", negsize);
	try("nilchan", nilchan);
	try("raisenil", raisenil);
	sys->print("done\n");
}
