implement AltArray;

include "sys.m";
	sys: Sys;
include "draw.m";

AltArray: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

NW: con 4;

worker(id: int, req: chan of int, rep: chan of int)
{
	for(;;){
		x := <-req;
		if(x < 0)
			return;
		rep <-= x * 10 + id;
	}
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	reqs := array[NW] of chan of int;
	reps := array[NW] of chan of int;
	for(i := 0; i < NW; i++){
		reqs[i] = chan of int;
		reps[i] = chan of int;
		spawn worker(i, reqs[i], reps[i]);
	}
	order := array[] of {3, 0, 2, 1, 1, 3};
	for(k := 0; k < len order; k++){
		w := order[k];
		reqs[w] <-= k + 1;
		(idx, v) := <-reps;
		sys->print("request %d to worker %d: reply from %d value %d\n", k+1, w, idx, v);
	}
	for(k = 0; k < 3; k++){
		w := (k * 3) % NW;
		reqs[w] <-= 100 + k;
		(idx, v) := <-reps;
		sys->print("then: worker %d answered %d\n", idx, v);
	}
	bufs := array[3] of chan of string;
	for(i = 0; i < len bufs; i++)
		bufs[i] = chan[2] of string;
	bufs[2] <-= "two";
	bufs[2] <-= "two again";
	bufs[0] <-= "zero";
	got := 0;
	for(;;){
		alt {
		(j, s) := <-bufs =>
			got++;
			sys->print("buffered arm got something (count %d)%s\n", got, tagfor(j, s));
			continue;
		* =>
			;
		}
		break;
	}
	sys->print("total buffered messages %d\n", got);
	for(i = 0; i < NW; i++)
		reqs[i] <-= -1;
}

tagfor(j: int, s: string): string
{
	if(j == 0 && s == "zero")
		return "";
	if(j == 2 && (s == "two" || s == "two again"))
		return "";
	return " MISMATCH";
}
