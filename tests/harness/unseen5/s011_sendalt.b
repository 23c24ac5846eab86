implement SendAlt;

include "sys.m";
	sys: Sys;
include "draw.m";

SendAlt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a dispatcher that offers work to whichever of two queues is ready,
# while also accepting "status" queries
dispatcher(work: array of int, even, odd: chan of int, status: chan of chan of string)
{
	i := 0;
	sentE := 0;
	sentO := 0;
	while(i < len work){
		w := work[i];
		if(w % 2 == 0){
			alt {
			even <-= w =>
				sentE++;
				i++;
			r := <-status =>
				r <-= sys->sprint("status: next=%d evens=%d odds=%d", i, sentE, sentO);
			}
		}else{
			alt {
			odd <-= w =>
				sentO++;
				i++;
			r := <-status =>
				r <-= sys->sprint("status: next=%d evens=%d odds=%d", i, sentE, sentO);
			}
		}
	}
	# drain: still answer status queries while announcing the end
	for(k := 0; k < 2; k++){
		c := even;
		if(k == 1)
			c = odd;
		sent := 0;
		while(!sent) alt {
		c <-= -1 =>
			sent = 1;
		r := <-status =>
			r <-= sys->sprint("status: draining %d, evens=%d odds=%d", k, sentE, sentO);
		}
	}
}

esum, osum: int;

take(kind: string, v: int): int
{
	if(v < 0){
		sys->print("%s queue closed\n", kind);
		return 0;
	}
	if(kind == "even")
		esum += v;
	else
		osum += v;
	sys->print("%s %d\n", kind, v);
	return 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	work := array[] of {4, 9, 16, 3, 8, 11, 2, 7};
	even := chan of int;
	odd := chan of int;
	status := chan of chan of string;
	spawn dispatcher(work, even, odd, status);
	reply := chan of string;
	esum = 0;
	osum = 0;
	eopen := 1;
	oopen := 1;
	n := 0;
	while(eopen || oopen){
		if(n % 3 == 0){
			status <-= reply;
			sys->print("%s\n", <-reply);
		}
		n++;
		if(eopen && oopen) alt {
			v := <-even =>
				eopen = take("even", v);
			v := <-odd =>
				oopen = take("odd", v);
		}else if(eopen)
			eopen = take("even", <-even);
		else
			oopen = take("odd", <-odd);
	}
	sys->print("sum even %d, sum odd %d\n", esum, osum);
}
