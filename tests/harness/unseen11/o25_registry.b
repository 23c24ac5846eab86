#args: upper:hello reverse:stressed count:mississippi rot13:Limbo upper:again nosuch:x
implement Registry;

include "sys.m";
	sys: Sys;
include "draw.m";

Registry: module
{
	init:	fn(ctxt: ref Draw->Context, argv: list of string);
};

Call: type (string, chan of string);
Service: type chan of Call;

Lookup: adt {
	name:	string;
	reply:	chan of Service;
};

Register: adt {
	name:	string;
	svc:	Service;
};

# the registry maps names to service channels
registry(reg: chan of ref Register, look: chan of ref Lookup, stop: chan of int)
{
	names: list of ref Register;
	for(;;) alt{
	r := <-reg =>
		names = r :: names;
	l := <-look =>
		svc: Service;
		for(n := names; n != nil; n = tl n)
			if((hd n).name == l.name)
				svc = (hd n).svc;
		l.reply <-= svc;
	<-stop =>
		# tell every service to go home
		# one at a time, waiting for each to acknowledge
		for(; names != nil; names = tl names){
			(hd names).svc <-= (nil, nil);
			<-(hd names).svc;
		}
		stop <-= 0;
		return;
	}
}

service(name: string, svc: Service, f: ref fn(s: string): string)
{
	calls := 0;
	for(;;){
		(arg, reply) := <-svc;
		if(reply == nil)
			break;
		calls++;
		reply <-= f(arg);
	}
	sys->print("service %s retired after %d calls\n", name, calls);
	svc <-= (nil, nil);	# acknowledge
}

upper(s: string): string
{
	for(i := 0; i < len s; i++)
		if(s[i] >= 'a' && s[i] <= 'z')
			s[i] -= 'a' - 'A';
	return s;
}

reverse(s: string): string
{
	r := "";
	for(i := len s - 1; i >= 0; i--)
		r[len r] = s[i];
	return r;
}

count(s: string): string
{
	seen := array[128] of {* => 0};
	for(i := 0; i < len s; i++)
		if(s[i] < 128)
			seen[s[i]]++;
	r := "";
	for(c := 0; c < 128; c++)
		if(seen[c])
			r += sys->sprint("%c%d", c, seen[c]);
	return r;
}

rot13(s: string): string
{
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= 'a' && c <= 'z')
			s[i] = 'a' + (c - 'a' + 13) % 26;
		else if(c >= 'A' && c <= 'Z')
			s[i] = 'A' + (c - 'A' + 13) % 26;
	}
	return s;
}

init(nil: ref Draw->Context, argv: list of string)
{
	sys = load Sys Sys->PATH;
	reg := chan of ref Register;
	look := chan of ref Lookup;
	stop := chan of int;
	spawn registry(reg, look, stop);

	fns := array[] of {
		("upper", upper), ("reverse", reverse), ("count", count), ("rot13", rot13),
	};
	# register services one at a time, so retirement order is fixed
	for(i := 0; i < len fns; i++){
		(name, f) := fns[i];
		svc := chan of Call;
		spawn service(name, svc, f);
		reg <-= ref Register(name, svc);
	}

	reply := chan of Service;
	answer := chan of string;
	for(argv = tl argv; argv != nil; argv = tl argv){
		(n, parts) := sys->tokenize(hd argv, ":");
		if(n != 2){
			sys->fprint(sys->fildes(2), "bad request %s\n", hd argv);
			continue;
		}
		look <-= ref Lookup(hd parts, reply);
		svc := <-reply;
		if(svc == nil){
			sys->print("%-8s %-12s => no such service\n", hd parts, hd tl parts);
			continue;
		}
		svc <-= (hd tl parts, answer);
		sys->print("%-8s %-12s => %s\n", hd parts, hd tl parts, <-answer);
	}
	stop <-= 1;
	<-stop;
	sys->print("registry closed\n");
}
