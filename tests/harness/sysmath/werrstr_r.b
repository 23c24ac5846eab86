implement WerrstrR;
include "sys.m";
	sys: Sys;
include "draw.m";
WerrstrR: module { init: fn(nil: ref Draw->Context, nil: list of string); };
init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->print("ret %d\n", sys->werrstr("first"));
	sys->print("[%r] [%r]\n");
	sys->werrstr("");
	sys->print("[%r]\n");
	sys->werrstr("é☺ unicode");
	sys->print("[%r] %d\n", len sys->sprint("%r"));
	s := "";
	for(i := 0; i < 200; i++)
		s[i] = 'a' + i % 26;
	sys->werrstr(s);
	r := sys->sprint("%r");
	sys->print("%d %s\n", len r, r[100:]);
	for(n := 120; n <= 130; n++){
		sys->werrstr(s[0:n]);
		r = sys->sprint("%r");
		sys->print("%d: %d %s\n", n, len r, r[110:]);
	}
	u := "";
	for(i = 0; i < 60; i++)
		u[i] = 16r263a;
	sys->werrstr(u);
	r = sys->sprint("%r");
	sys->print("uni %d %d\n", len r, len array of byte r);
	sys->werrstr("x\u0000y");
	r = sys->sprint("%r");
	sys->print("nul %d\n", len r);
	sys->werrstr("kept");
	sys->print("%s\n", sys->sprint("a%rb%rc"));
	e: string;
	sys->werrstr(e);
	sys->print("[%r]\n");
}
