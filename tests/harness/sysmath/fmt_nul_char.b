implement FmtNulChar;
include "sys.m";
	sys: Sys;
include "draw.m";
FmtNulChar: module { init: fn(nil: ref Draw->Context, nil: list of string); };
# a NUL made by %c, by the format itself, or in an argument
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	s := sys->sprint("a%cb", 0);
	sys->print("sprint %%c 0: len %d\n", len s);
	for(i := 0; i < len s; i++)
		sys->print(" %x", s[i]);
	sys->print("\n");
	b := sys->aprint("x%cy", 0);
	sys->print("aprint %%c 0: len %d\n", len b);
	n := sys->print("p%cq\n", 0);
	sys->print("print returned %d\n", n);
	s = sys->sprint("[%5c]", 0);
	sys->print("width: len %d\n", len s);
	t := "a\u0000b";
	sys->print("string with NUL: len %d, sprint %%s len %d, %%q len %d\n", len t, len sys->sprint("%s", t), len sys->sprint("%q", t));
	u := sys->sprint("%d\u0000%d", 1, 2);
	sys->print("NUL in format: len %d\n", len u);
	v := "x";
	v[1] = 0;
	v[2] = 'z';
	sys->print("built: len %d, as bytes %d, back %d\n", len v, len array of byte v, len string array of byte v);
	sys->fprint(sys->fildes(2), "to fd2 %s\n", "ok");
	sys->print("after fd2\n");
}
