implement Csv;

include "sys.m";
	sys: Sys;
include "draw.m";

Csv: module
{
	init: fn(nil: ref Draw->Context, args: list of string);
};

# parse one CSV line with double-quote escaping
parse(line: string): (array of string, string)
{
	fields: list of string;
	cur := "";
	inq := 0;
	wasq := 0;
	for(i := 0; i < len line; i++){
		c := line[i];
		if(inq){
			if(c == '"'){
				if(i + 1 < len line && line[i+1] == '"'){
					cur[len cur] = '"';
					i++;
				}else
					inq = 0;
			}else
				cur[len cur] = c;
		}else if(c == '"'){
			if(cur != "")
				return (nil, sys->sprint("stray quote at column %d", i));
			inq = 1;
			wasq = 1;
		}else if(c == ','){
			fields = cur :: fields;
			cur = "";
			wasq = 0;
		}else{
			if(wasq)
				return (nil, sys->sprint("text after closing quote at column %d", i));
			cur[len cur] = c;
		}
	}
	if(inq)
		return (nil, "unterminated quote");
	fields = cur :: fields;
	a := array[len fields] of string;
	for(i = len a - 1; i >= 0; i--){
		a[i] = hd fields;
		fields = tl fields;
	}
	return (a, nil);
}

data := array[] of {
	"name,qty,price,note",
	"apple,3,0.5,fresh",
	"\"banana, ripe\",12,0.25,\"said \"\"yum\"\"\"",
	"cherry,,4.75,",
	"durian,1,15,\"smelly\"",
	"eggplant,2,1.2,\"unterminated",
	"fig,x7,2.0,bad qty",
	"grape,\"5\"z,1,junk",
	",,,",
};

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	(hdr, nil) := parse(data[0]);
	sys->print("%d columns:", len hdr);
	for(i := 0; i < len hdr; i++)
		sys->print(" %s", hdr[i]);
	sys->print("\n");
	total := 0.0;
	count := 0;
	for(r := 1; r < len data; r++){
		(f, err) := parse(data[r]);
		if(err != nil){
			sys->print("row %d: error: %s\n", r, err);
			continue;
		}
		sys->print("row %d:", r);
		for(i = 0; i < len f; i++)
			sys->print(" %s=%q", hdr[i], f[i]);
		sys->print("\n");
		q := int f[1];
		p := real f[2];
		if(f[1] != string q)
			sys->print("  warning: qty %q is not a clean integer, using %d\n", f[1], q);
		sub := real q * p;
		sys->print("  subtotal %8.2f\n", sub);
		total += sub;
		count++;
	}
	sys->print("%d good rows, total %.2f\n", count, total);
}
