implement ErrstrExc;

include "sys.m";
	sys: Sys;
include "draw.m";

ErrstrExc: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

Q: adt {
	x: int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	sys->werrstr("set by werrstr");
	sys->print("after werrstr [%r]\n");
	{
		raise "boom";
	} exception {
	"*" =>
		sys->print("in handler [%r]\n");
	}
	sys->print("after raise [%r]\n");
	{
		a := array[1] of int;
		i := 2;
		a[i] = 0;
	} exception {
	"*" =>
		;
	}
	sys->print("after bounds [%r]\n");
	{
		q: ref Q;
		q.x = 1;
	} exception {
	"*" =>
		;
	}
	sys->print("after nil [%r]\n");
	{
		raise "fail:failing";
	} exception {
	"*" =>
		;
	}
	sys->print("after fail [%r]\n");
	{
		{
			raise "inner";
		} exception e {
		"*" =>
			raise;
		}
	} exception {
	"*" =>
		;
	}
	sys->print("after re-raise [%r]\n");
	fd := sys->open("/tmp/dbg-errors-errstr-exc-missing", Sys->OREAD);
	sys->print("open nil %d [%r]\n", fd == nil);
	{
		raise "x";
	} exception {
	"*" =>
		;
	}
	sys->print("after x [%r]\n");
	sys->werrstr("");
	sys->print("empty [%r]\n");
	s := sys->sprint("sprint [%r]");
	sys->print("%s\n", s);
	{
		n := array[-1] of byte;
		sys->print("%d\n", len n);
	} exception {
	"*" =>
		;
	}
	sys->print("after negative [%r]\n");
	sys->print("done\n");
}
