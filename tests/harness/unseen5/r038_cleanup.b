implement Cleanup;

include "sys.m";
	sys: Sys;
include "draw.m";

Cleanup: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Resource: adt {
	name:	string;
	open:	int;
};

opened: list of ref Resource;
journal := "";

acquire(name: string): ref Resource
{
	r := ref Resource(name, 1);
	opened = r :: opened;
	journal += "+" + name + " ";
	return r;
}

release(r: ref Resource)
{
	if(r == nil || !r.open)
		return;
	r.open = 0;
	journal += "-" + r.name + " ";
}

stillopen(): int
{
	n := 0;
	for(l := opened; l != nil; l = tl l)
		if((hd l).open)
			n++;
	return n;
}

step(kind: int, data: array of int): int
{
	case kind {
	0 =>	return data[1] + data[2];
	1 =>	return data[10];		# bounds error
	2 =>	raise "step: validation failed";
	3 =>	r: ref Resource; return len r.name;	# nil dereference
	}
	return -1;
}

# acquires two resources, always releases them, re-raises errors
transaction(id: int, kind: int): int
{
	a := acquire(sys->sprint("lock%d", id));
	b: ref Resource;
	{
		b = acquire(sys->sprint("file%d", id));
		v := step(kind, array[] of {1, 2, 3});
		release(b);
		release(a);
		return v;
	}exception e{
	"*" =>
		release(b);
		release(a);
		journal += "! ";
		raise "txn " + string id + ": " + e;
	}
}

# retry wrapper: retries validation failures once, gives up on others
withretry(id, kind: int): string
{
	for(attempt := 1; attempt <= 2; attempt++){
		{
			return "ok " + string transaction(id, kind);
		}exception e{
		"txn*validation*" =>
			# pattern has * only at the end, so this never matches
			return "never";
		"txn*" =>
			if(attempt == 1 && kind == 2){
				journal += "(retry) ";
				continue;
			}
			return "failed: " + e;
		}
	}
	return "gave up";
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	for(k := 0; k < 4; k++){
		journal = "";
		res := withretry(k+1, k);
		sys->print("kind %d: %s\n", k, res);
		sys->print("  journal: %s\n", journal);
		sys->print("  open resources: %d of %d\n", stillopen(), len opened);
	}
	# nested handlers: inner one does not match, outer does
	{
		{
			step(1, array[1] of int);
		}exception e{
		"step:*" =>
			sys->print("inner caught %s\n", e);
		}
	}exception e{
	"array bounds*" =>
		sys->print("outer caught %s\n", e);
	}
}
