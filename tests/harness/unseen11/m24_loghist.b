implement LogHist;

include "sys.m";
	sys: Sys;
include "draw.m";

LogHist: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

log := array[] of {
	"2024-03-01 08:15:02 INFO  web   GET /index.html 200 512",
	"2024-03-01 08:15:09 INFO  web   GET /about 200 2048",
	"2024-03-01 09:01:44 WARN  db    slow query 1834ms",
	"2024-03-01 09:30:00 INFO  web   POST /login 302 0",
	"2024-03-01 11:12:13 ERROR web   GET /missing 404 128",
	"2024-03-01 13:45:59 INFO  cron  nightly job started",
	"2024-03-01 17:20:31 ERROR db    connection reset",
	"2024-03-01 23:59:59 INFO  web   GET /late 200 64",
	"garbage line without structure",
	"2024-03-02 24:00:00 INFO  web   GET /impossible 200 1",
};

Level: adt {
	name:	string;
	n:	int;
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	stderr := sys->fildes(2);

	levels := array[] of {Level("INFO", 0), Level("WARN", 0), Level("ERROR", 0)};
	hours := array[24] of {* => 0};
	bytes := 0;
	sources: list of (string, int);

	for(i := 0; i < len log; i++){
		(n, f) := sys->tokenize(log[i], " ");
		if(n < 5){
			sys->fprint(stderr, "line %d: only %d fields, skipped\n", i+1, n);
			continue;
		}
		date := hd f; f = tl f;
		clock := hd f; f = tl f;
		lev := hd f; f = tl f;
		src := hd f; f = tl f;
		for(k := 0; k < len levels; k++)
			if(levels[k].name == lev)
				levels[k].n++;
		# accumulate per source
		found := 0;
		nl: list of (string, int);
		for(s := sources; s != nil; s = tl s){
			(name, c) := hd s;
			if(name == src){
				c++;
				found = 1;
			}
			nl = (name, c) :: nl;
		}
		if(!found)
			nl = (src, 1) :: nl;
		sources = nl;
		if(hd f == "GET" || hd f == "POST"){
			words := array[n-4] of string;
			for(k = 0; f != nil; f = tl f)
				words[k++] = hd f;
			bytes += int words[len words - 1];
		}
		sys->print("%s %s %-5s %s\n", date, clock[0:5], lev, src);
		h := int clock[0:2];
		hours[h]++;	# trusts the log: hour 24 will not fit
	}

	sys->print("\nlevels:");
	for(k := 0; k < len levels; k++)
		sys->print(" %s=%d", levels[k].name, levels[k].n);
	sys->print("\nbytes served: %d\n", bytes);
	for(s := sources; s != nil; s = tl s)
		sys->print("source %-5s %d\n", (hd s).t0, (hd s).t1);
	for(h := 0; h < 24; h += 6)
		sys->print("%02d-%02d %d\n", h, h+5, hours[h]+hours[h+1]+hours[h+2]+hours[h+3]+hours[h+4]+hours[h+5]);
}
