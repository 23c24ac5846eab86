implement Fields;

include "sys.m";
	sys: Sys;
include "draw.m";

Fields: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# fixed-width record decoder: name[8] qty[4] price[6]
Col: adt {
	name:	string;
	width:	int;
};

cols := array[] of {Col("name", 8), Col("qty", 4), Col("price", 6)};

decode(rec: string): list of string
{
	r: list of string;
	off := 0;
	for(i := 0; i < len cols; i++){
		f := rec[off:off+cols[i].width];
		off += cols[i].width;
		r = trim(f) :: r;
	}
	return r;
}

trim(s: string): string
{
	j := len s;
	while(j > 0 && s[j-1] == ' ')
		j--;
	return s[0:j];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	recs := array[] of {
		"widget     3  1.25",
		"gadget    12 10.00",
		"doohick  100  0.05",
		"short    1",
	};
	for(i := 0; i < len recs; i++){
		sys->print("record %d:", i);
		for(l := decode(recs[i]); l != nil; l = tl l)
			sys->print(" [%s]", hd l);
		sys->print("\n");
	}
}
