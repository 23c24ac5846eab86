implement StrIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

StrIndex: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

s: string;

idx(t: string, i: int)
{
	{
		sys->print("%q[%d] = %d\n", t, i, t[i]);
	} exception e {
	"*" =>
		sys->print("%q[%d]: %s\n", t, i, e);
	}
}

slice(t: string, i, j: int)
{
	{
		sys->print("%q[%d:%d] = %q\n", t, i, j, t[i:j]);
	} exception e {
	"*" =>
		sys->print("%q[%d:%d]: %s\n", t, i, j, e);
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	t := "hello";
	for(i := -1; i <= 5; i++)
		idx(t, i);
	idx("", 0);
	idx(s, 0);
	idx(nil, -1);
	u := "héllo, 世界";
	for(i = 0; i < len u; i++)
		sys->print("%d:%c(%d) ", i, u[i], u[i]);
	sys->print("len %d\n", len u);
	slice(t, 0, 5);
	slice(t, 1, 3);
	slice(t, 2, 2);
	slice(t, 5, 5);
	slice(t, 3, 2);
	slice(t, 0, 6);
	slice(t, -1, 2);
	slice("", 0, 0);
	slice(s, 0, 0);
	slice(s, 0, 1);
	slice(u, 7, 9);
	sys->print("tail %q %q\n", t[3:], t[5:]);
	sys->print("head %q\n", t[:2]);
	v := t;
	v[0] = 'j';
	sys->print("assign %q %q\n", v, t);
	v[len v] = '!';
	sys->print("append %q len %d\n", v, len v);
	v[1] = 16r4e16;
	sys->print("wide %q len %d\n", v, len v);
	{
		v[len v + 1] = 'x';
		sys->print("past end %q\n", v);
	} exception e {
	"*" =>
		sys->print("past end: %s\n", e);
	}
	w: string;
	{
		w[0] = 'a';
		sys->print("nil[0]= %q\n", w);
	} exception e {
	"*" =>
		sys->print("nil[0]=: %s\n", e);
	}
	x := "abc";
	y := x;
	x[1] = 'X';
	sys->print("copy %q %q\n", x, y);
	sys->print("const idx %c\n", "xyz"[2]);
}
