implement AltT;

include "sys.m";
	sys: Sys;
include "draw.m";

AltT: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

# a bounded queue server: accepts puts while not full, offers gets while not empty
queue(put: chan of int, get: chan of int, quit: chan of int, cap: int)
{
	buf := array[cap] of int;
	head := 0;
	n := 0;
	for(;;){
		if(n == 0){
			alt {
			v := <-put =>
				buf[(head+n)%cap] = v;
				n++;
			<-quit =>
				return;
			}
		} else if(n == cap){
			get <-= buf[head];
			head = (head+1)%cap;
			n--;
		} else {
			alt {
			v := <-put =>
				buf[(head+n)%cap] = v;
				n++;
			get <-= buf[head] =>
				head = (head+1)%cap;
				n--;
			}
		}
	}
}

producer(put: chan of int, done: chan of int)
{
	for(i := 1; i <= 10; i++)
		put <-= i*10;
	done <-= 1;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	put := chan of int;
	get := chan of int;
	quit := chan of int;
	done := chan of int;
	spawn queue(put, get, quit, 3);
	spawn producer(put, done);
	sum := 0;
	for(i := 0; i < 10; i++){
		v := <-get;
		sum += v;
		sys->print("got %d\n", v);
	}
	<-done;
	quit <-= 1;
	sys->print("sum %d\n", sum);
	# alt with a default-like nonblocking arm via '*'
	c := chan of int;
	alt {
	v := <-c =>
		sys->print("unexpected %d\n", v);
	* =>
		sys->print("nothing ready\n");
	}
	bc := chan[1] of int;
	alt {
	bc <-= 7 =>
		sys->print("buffered send ok\n");
	* =>
		sys->print("buffered send blocked\n");
	}
	alt {
	bc <-= 8 =>
		sys->print("second send ok\n");
	* =>
		sys->print("second send would block\n");
	}
	sys->print("drain %d\n", <-bc);
}
