implement Retryloop;

include "sys.m";
	sys: Sys;
include "draw.m";

Retryloop: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a deterministic "flaky" service driven by a counter
calls := 0;
pattern := array[] of {0, 1, 1, 0, 1, 1, 1, 0, 3, 0, 0, 0, 2, 0};

service(req: int): int
{
	c := calls++;
	case pattern[c % len pattern] {
	1 =>	raise "transient: busy";
	2 =>	raise "fatal: disk on fire";
	3 =>	raise "transient: timeout";
	}
	return req * req;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	results := "";
	failures := 0;
Requests:
	for(req := 1; req <= 8; req++){
		tries := 0;
		for(;;){
			tries++;
			{
				v := service(req);
				results += sys->sprint(" %d:%d", req, v);
				sys->print("req %d ok after %d tries\n", req, tries);
				break;
			}exception e{
			"transient:*" =>
				sys->print("req %d try %d: %s\n", req, tries, e);
				if(tries >= 3){
					failures++;
					sys->print("req %d abandoned\n", req);
					continue Requests;
				}
				continue;
			"fatal:*" =>
				sys->print("req %d: %s; stopping\n", req, e);
				break Requests;
			}
		}
		if(req % 3 == 0)
			sys->print("-- checkpoint at %d, %d calls\n", req, calls);
	}
	sys->print("results:%s\n", results);
	sys->print("failures=%d calls=%d\n", failures, calls);
	# second round continues where the counter left off
	n := 0;
	for(i := 0; i < 20 && n < 4; i++){
		{
			service(i);
			n++;
		}exception{
		"transient*" =>
			;
		"fatal*" =>
			sys->print("fatal at call %d\n", calls);
			break;
		}
	}
	sys->print("round2: %d successes, i=%d, calls=%d\n", n, i, calls);
}
