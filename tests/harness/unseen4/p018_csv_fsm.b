implement CsvFsm;

include "sys.m";
	sys: Sys;
include "draw.m";

CsvFsm: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# states
Start, Unquoted, Quoted, QuoteInQuoted, AfterQuoted: con iota;

statename := array[] of {"Start", "Unquoted", "Quoted", "QuoteInQuoted", "AfterQuoted"};

parseline(line: string): (array of string, string)
{
	fields: list of string;
	cur := "";
	state := Start;
	for(i := 0; i <= len line; i++){
		c := -1;
		if(i < len line)
			c = line[i];
		case state {
		Start =>
			case c {
			'"' => state = Quoted;
			',' => fields = "" :: fields;
			-1 => fields = "" :: fields;
			* => cur[len cur] = c; state = Unquoted;
			}
		Unquoted =>
			case c {
			',' or -1 =>
				fields = cur :: fields; cur = ""; state = Start;
			'"' =>
				return (nil, sys->sprint("stray quote at %d", i));
			* =>
				cur[len cur] = c;
			}
		Quoted =>
			case c {
			'"' => state = QuoteInQuoted;
			-1 => return (nil, "unterminated quote in state " + statename[state]);
			* => cur[len cur] = c;
			}
		QuoteInQuoted =>
			case c {
			'"' =>
				cur[len cur] = '"'; state = Quoted;
			',' or -1 =>
				fields = cur :: fields; cur = ""; state = Start;
			* =>
				return (nil, sys->sprint("junk after quote at %d (%s)", i, statename[state]));
			}
		* =>
			return (nil, "impossible");
		}
	}
	n := len fields;
	a := array[n] of string;
	for(; fields != nil; fields = tl fields)
		a[--n] = hd fields;
	return (a, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	input := array[] of {
		"name,age,city",
		"alice,30,paris",
		"\"smith, john\",45,\"new york\"",
		"\"say \"\"hi\"\"\",,end",
		",,",
		"",
		"bad\"quote,1",
		"\"open,2",
		"\"x\"y,3",
		"ünï,cödé,€",
	};
	for(i := 0; i < len input; i++){
		(f, err) := parseline(input[i]);
		if(err != nil){
			sys->fprint(sys->fildes(2), "line %d: error: %s\n", i, err);
			continue;
		}
		s := sys->sprint("line %d: %d fields:", i, len f);
		for(j := 0; j < len f; j++)
			s += " <" + f[j] + ">";
		sys->print("%s\n", s);
	}
}
