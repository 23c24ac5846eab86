implement P44;
include "sys.m";
	sys: Sys;
include "draw.m";
P44: module {
	init: fn(nil: ref Draw->Context, args: list of string);
};

dump(s: string)
{
	sys->print("len %d:", len s);
	for(i := 0; i < len s; i++)
		sys->print(" %x", s[i]);
	sys->print("\n");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	dump("a\tb\nc\\d\"e'f");
	dump("\u00e9\u20ac\0x");
	dump(`raw \n string with "quotes"`);
	dump(`multi
line`);
	dump("");
	c := '\n';
	d := '\'';
	e := '\u263a';
	f := '\\';
	sys->print("%d %d %d %d\n", c, d, e, f);
	s := "tab\there";
	sys->print("[%s]\n", s);
	nul := "a\0b";
	sys->print("nul len %d bytes %d\n", len nul, len array of byte nul);
	z := "";
	z[0] = 0;
	sys->print("zero rune len %d\n", len z);
	t := "x" + "\u0000" + "y";
	sys->print("t %d %d\n", len t, t[1]);
}
