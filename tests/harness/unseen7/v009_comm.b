implement Comm;

include "sys.m";
	sys: Sys;
include "draw.m";

Comm: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Col: adt {
	pick {
	Left =>
		s:	string;
	Right =>
		s:	string;
	Both =>
		s:	string;
	}
};

comm(a, b: array of string): list of ref Col
{
	r: list of ref Col;
	i := 0;
	j := 0;
	while(i < len a && j < len b){
		if(a[i] < b[j])
			r = ref Col.Left(a[i++]) :: r;
		else if(a[i] > b[j])
			r = ref Col.Right(b[j++]) :: r;
		else{
			r = ref Col.Both(a[i]) :: r;
			i++;
			j++;
		}
	}
	for(; i < len a; i++)
		r = ref Col.Left(a[i]) :: r;
	for(; j < len b; j++)
		r = ref Col.Right(b[j]) :: r;
	out: list of ref Col;
	for(; r != nil; r = tl r)
		out = hd r :: out;
	return out;
}

show(cols: list of ref Col, suppress: string)
{
	sup := array[4] of {* => 0};
	for(i := 0; i < len suppress; i++)
		sup[suppress[i]-'0'] = 1;
	for(; cols != nil; cols = tl cols){
		c := hd cols;
		pick x := c {
		Left =>
			if(!sup[1])
				sys->print("%s\n", x.s);
		Right =>
			if(!sup[2]){
				if(!sup[1])
					sys->print("\t");
				sys->print("%s\n", x.s);
			}
		Both =>
			if(!sup[3]){
				if(!sup[1])
					sys->print("\t");
				if(!sup[2])
					sys->print("\t");
				sys->print("%s\n", x.s);
			}
		}
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := array[] of {"acme", "dis", "emu", "limbo", "sh", "styx", "tk"};
	b := array[] of {"bind", "dis", "limbo", "mount", "styx", "wm"};
	cols := comm(a, b);
	nl := 0;
	nr := 0;
	nb := 0;
	for(l := cols; l != nil; l = tl l)
		pick c := hd l {
		Left =>	nl++;
		Right =>	nr++;
		Both =>	nb++;
		}
	sys->print("only-a %d only-b %d both %d\n", nl, nr, nb);
	flags := array[] of {"", "12", "3", "13"};
	for(i := 0; i < len flags; i++){
		sys->print("== comm -%s\n", flags[i]);
		show(cols, flags[i]);
	}
}
