implement BadIndex;

include "sys.m";
	sys: Sys;
include "draw.m";

BadIndex: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# return the n-th field of a colon separated record, no bounds checks
field(rec: string, n: int): string
{
	start := 0;
	for(i := 0; i < len rec; i++)
		if(rec[i] == ':'){
			if(n == 0)
				return rec[start:i];
			n--;
			start = i + 1;
		}
	if(n == 0)
		return rec[start:];
	return nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	recs := array[] of {
		"root:x:0:0:System:/root",
		"glenda:x:1000:1000:Glenda:/usr/glenda",
		"short:x",
	};
	for(i := 0; i < len recs; i++){
		name := field(recs[i], 0);
		uid := field(recs[i], 2);
		sys->print("%-8s uid=%q home=%q\n", name, uid, field(recs[i], 5));
	}

	# initial of each user's full name; the last record has none
	for(i = 0; i < len recs; i++){
		full := field(recs[i], 4);
		sys->print("record %d: full name %q\n", i, full);
		initial := full[0];
		sys->print("  initial %c\n", initial);
	}
	sys->print("not reached\n");
}
