implement RaisePat;

include "sys.m";
	sys: Sys;
include "draw.m";

RaisePat: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

check(code: int)
{
	case code {
	0 =>
		return;
	1 =>
		raise "io: read failed";
	2 =>
		raise "io: write failed";
	3 =>
		raise "parse error";
	4 =>
		raise "fail:usage";
	* =>
		raise "unexpected " + string code;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(i := 0; i < 6; i++){
		{
			check(i);
			sys->print("%d: ok\n", i);
		} exception e {
		"io: read*" =>
			sys->print("%d: read problem (%s)\n", i, e);
		"io:*" =>
			sys->print("%d: other io (%s)\n", i, e);
		"parse error" or "fail:*" =>
			sys->print("%d: parse/fail %q\n", i, e);
		"*" =>
			sys->print("%d: generic %s\n", i, e);
		}
	}
	n := 0;
	for(i = 0; i < 4; i++){
		{
			if(i % 2)
				raise "odd";
			n += 10;
		} exception {
		"odd" =>
			n += 1;
		}
	}
	sys->print("n=%d\n", n);
}
