#args: -t 4,10,16,24
implement Expand;

include "sys.m";
	sys: Sys;
include "draw.m";

Expand: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

stderr: ref Sys->FD;

# tab stops: either every `every` columns, or the explicit list in `stops`
every := 8;
stops: array of int;

parsestops(s: string)
{
	(n, l) := sys->tokenize(s, ",");
	if(n == 1){
		every = int hd l;
		if(every <= 0){
			sys->fprint(stderr, "expand: bad tab width %s\n", s);
			raise "fail:usage";
		}
		return;
	}
	stops = array[n] of int;
	for(i := 0; l != nil; l = tl l){
		stops[i] = int hd l;
		if(i > 0 && stops[i] <= stops[i-1]){
			sys->fprint(stderr, "expand: tab stops must increase\n");
			raise "fail:usage";
		}
		i++;
	}
}

# next stop strictly after column col (0-based)
nextstop(col: int): int
{
	if(stops == nil)
		return (col/every + 1) * every;
	k := 0;
	while(stops[k] <= col)
		k++;
	return stops[k];
}

expand(s: string): string
{
	out := "";
	col := 0;
	for(i := 0; i < len s; i++){
		case s[i] {
		'\t' =>
			t := nextstop(col);
			while(col < t){
				out[len out] = ' ';
				col++;
			}
		'\b' =>
			if(col > 0)
				col--;
			out[len out] = s[i];
		* =>
			out[len out] = s[i];
			col++;
		}
	}
	return out;
}

unexpand(s: string): string
{
	# convert runs of spaces ending on a multiple of `every` to tabs
	out := "";
	col := 0;
	pending := 0;
	for(i := 0; i < len s; i++){
		if(s[i] == ' '){
			pending++;
			col++;
			if(col % every == 0 && pending > 1){
				out[len out] = '\t';
				pending = 0;
			}else if(col % every == 0){
				out[len out] = ' ';
				pending = 0;
			}
			continue;
		}
		for(; pending > 0; pending--)
			out[len out] = ' ';
		out[len out] = s[i];
		col++;
	}
	return out;
}

visible(s: string): string
{
	r := "";
	for(i := 0; i < len s; i++)
		case s[i] {
		'\t' =>	r += "→";
		' ' =>	r += "·";
		* =>	r[len r] = s[i];
		}
	return r;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	stderr = sys->fildes(2);

	input := array[] of {
		"name\tqty\tprice",
		"bolt\t12\t0.10",
		"\tindented",
		"a\tb\tc\td",
		"widget-xl\t3\t19.99",
		"one\ttwo\tthree\tfour\tfive",
		"1\t2\t3\t4\t5\t6",
	};
	# the default every-8 expansion and an unexpand round trip
	for(i := 0; i < 2; i++){
		e := expand(input[i]);
		u := unexpand(e);
		sys->print("%-24s| %s\n", visible(e), visible(u));
	}
	argv = tl argv;
	if(argv != nil && hd argv == "-t"){
		argv = tl argv;
		if(argv == nil){
			sys->fprint(stderr, "expand: -t needs a list\n");
			raise "fail:usage";
		}
		parsestops(hd argv);
	}
	sys->print("-- stops:");
	for(i = 0; i < len stops; i++)
		sys->print(" %d", stops[i]);
	sys->print("\n");
	for(i = 0; i < len input; i++)
		sys->print("%s|\n", expand(input[i]));
}
