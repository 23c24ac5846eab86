implement ExcReraise;

include "sys.m";
	sys: Sys;
include "draw.m";

ExcReraise: module
{
	init:	fn(ctxt: ref Draw->Context, args: list of string);
};

Bad: exception(int, string);

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	{
		raise Bad(9, "first");
	} exception e {
	Bad =>
		(n, s) := e;
		sys->print("caught %d %s\n", n, s);
		{
			raise e;
		} exception f {
		Bad =>
			(m, t) := f;
			sys->print("re-caught %d %s\n", m, t);
		}
	}
	{
		raise "plain";
	} exception e {
	"*" =>
		{
			raise e;
		} exception f {
		"pl*" =>
			sys->print("string re-raised: %s\n", f);
		}
	}
}
