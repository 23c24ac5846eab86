implement AltGuardExpr;

# An alt guard may be any expression that holds a receive: the value received
# takes its place (appl/cmd/wmexport.b: reqpool = <-reqdone :: reqpool =>).
include "sys.m";
	sys: Sys;
include "draw.m";

AltGuardExpr: module
{
	init:	fn(nil: ref Draw->Context, nil: list of string);
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	pool: list of int;
	done := chan[3] of int;
	other := chan of int;
	done <-= 4;
	done <-= 5;
	done <-= 6;
	total := 0;
	for(i := 0; i < 3; i++)
		alt {
		pool = <-done :: pool =>
			sys->print("pool now %d long, head %d\n", len pool, hd pool);
		total += <-other =>
			sys->print("never\n");
		}
	n := 10;
	alt {
	n = n * 2 + <-done =>
		sys->print("never: empty\n");
	* =>
		sys->print("n %d total %d\n", n, total);
	}
}
