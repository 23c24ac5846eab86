implement Verify;

include "sys.m";
	sys: Sys;
include "draw.m";

Verify: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Record: adt {
	name:	string;
	data:	string;
	sum:	int;
};

cksum(s: string): int
{
	h := 5381;
	for(i := 0; i < len s; i++)
		h = ((h << 5) + h + s[i]) & 16rFFFFFF;
	return h;
}

stderr: ref Sys->FD;

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);
	recs := array[] of {
		Record("alpha", "first record", 0),
		Record("beta", "second record", 0),
		Record("gamma", "third record", 0),
	};
	for(i := 0; i < len recs; i++)
		recs[i].sum = cksum(recs[i].data);
	recs[2].data = "third rec0rd";	# corrupted in transit
	for(i = 0; i < len recs; i++){
		r := recs[i];
		s := cksum(r.data);
		if(s != r.sum){
			sys->fprint(stderr, "verify: %s: checksum %.6ux != %.6ux\n", r.name, s, r.sum);
			raise "fail:bad checksum";
		}
		sys->print("%s ok %.6ux\n", r.name, s);
	}
	sys->print("all verified\n");
}
